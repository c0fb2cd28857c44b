import '@/assets/design/page.css';
import { render } from 'preact';
import { mountPoint } from '@/components/mount-point';
import { App } from './App';

render(<App />, mountPoint());
