/**
 * The Chart.js parts the site's charts use, registered once. Only these are bundled (chart.js
 * tree-shakes); tests/unit/chart-parts.test.ts checks each chart kind finds what it needs, as
 * a forgotten controller only fails in the browser.
 */
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LineController, LineElement, LinearScale,
  LogarithmicScale, PointElement, ScatterController, Tooltip,
} from 'chart.js';

/** The registered parts, by Chart.js id, for the test. */
export const PARTS = [
  BarController, BarElement, CategoryScale, LinearScale, LogarithmicScale, ScatterController,
  LineController, LineElement, PointElement, Legend, Tooltip,
];

Chart.register(...PARTS);

export { Chart };
