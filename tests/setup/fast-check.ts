// Property tests run with a fixed seed so a CI run is repeatable; set FC_SEED to explore others
// (a failure prints its seed and counterexample, to be added as a plain test).
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261127) });
