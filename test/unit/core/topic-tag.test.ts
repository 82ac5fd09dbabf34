/**
 * A Weibo topic is a tag, not what the post states: the reader reads each as white space of its
 * length.
 */
import { describe, expect, it } from 'vitest';
import { withoutTopicTags } from '../../../src/text/topic-tag';

describe('topic tags', () => {
  it('are blanked out where they stand in a post, and keep their length', () => {
    for (const [block, topic] of [
      [
        '【独家】多家区块链媒体的微信公众号于今日被封。#微信封禁币圈公众号#',
        '#微信封禁币圈公众号#',
      ],
      ['热搜榜 第6名 #微信封禁币圈公众号# 阅读1.3亿 讨论2.6万', '#微信封禁币圈公众号#'],
      ['#公众号被封#微信今天关闭了多个区块链媒体的公众号', '#公众号被封#'],
    ] as const) {
      const read = withoutTopicTags(block);
      expect(read).toHaveLength(block.length);
      expect(read).toBe(block.replace(topic, ' '.repeat(topic.length)));
    }
  });

  it('leave a "#" that opens no topic alone', () => {
    for (const block of [
      'Written in C# and F#, the tool counts #1 among exchanges',
      '#WeChat closed eight crypto news accounts #China',
      '微信关闭了至少8个区块链媒体的公众号',
    ])
      expect(withoutTopicTags(block)).toBe(block);
  });
});
