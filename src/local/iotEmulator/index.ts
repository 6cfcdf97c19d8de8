export { startIotEmulator, type IotEmulator, type IotEmulatorOptions } from './startIotEmulator';
export { FaultController, type FaultSettings, type Random } from './FaultController';
export { DEMO_OWNER_TAG_KEY, DEMO_PROFILES } from './demoSeed';
export { EMULATOR_CHOICES } from './emulatorChoices';
