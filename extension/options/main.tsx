import { render } from 'preact';
render(<p data-testid="options">Crosscheck options</p>, document.getElementById('app')!);
