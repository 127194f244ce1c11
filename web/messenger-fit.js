// The one file an embedding page loads:
//   <script type="module" src="./messenger-fit.js"></script>
//   <messenger-fit></messenger-fit>
// Registering twice (two script tags, two bundles) is harmless: the first
// definition wins and the second load does nothing.
import { MessengerFit } from './mf-element.js';

if (!customElements.get('messenger-fit')) customElements.define('messenger-fit', MessengerFit);

export { MessengerFit };
