console.debug('crosscheck background');
