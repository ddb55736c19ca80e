// Registers tfjs-core's gradients and chained tensor methods (`t.add(b)`),
// which its Node.js entry leaves out; see scripts/bundle-tfjs-side-effects.mjs.
// tfjs-core itself loads first so that its engine and Tensor class are the
// global ones the bundled registrations attach to.
import '@tensorflow/tfjs-core';
import './generated/tfjs-side-effects.node.js';
