import { render } from 'preact';
render(<p data-testid="popup">Crosscheck popup</p>, document.getElementById('app')!);
