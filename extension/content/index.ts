performance.mark('crosscheck:start');
performance.measure('crosscheck:annotate', 'crosscheck:start');
