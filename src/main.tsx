import './data/zodJitless';
// first: MapLibre's worker starts while the rest of the app's script is evaluated
import './map/worker';
import { createRoot } from 'react-dom/client';
import './styles.css';
import { App } from './App';
import { bootstrap } from './bootstrap';
import { startOfflineSupport } from './offline/registerServiceWorker';

bootstrap();
startOfflineSupport();
const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
