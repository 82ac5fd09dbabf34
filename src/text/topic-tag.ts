/**
 * A Weibo topic inside a post ("…多家区块链媒体的微信公众号于今日被封。#微信封禁币圈公众号#", "热搜榜
 * 第6名 #微信封禁币圈公众号# 阅读1.3亿") is a tag: the site's name for a thread of posts, written
 * by whoever started it, not what the post states. The reader reads each as white space of its
 * length, so what it finds keeps its place in the block. A topic is closed by a second "#" and holds
 * no white space, so "C# and F#" or a "#1" are no topic.
 */
const TOPIC = /#[^#\s]{1,40}#/gu;

/** `block` with its Weibo topics blanked out (the same string when it has none). */
export function withoutTopicTags(block: string): string {
  if (!block.includes('#')) return block;
  return block.replace(TOPIC, (topic) => ' '.repeat(topic.length));
}
