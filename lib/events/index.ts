export { sampleEvent, sampleEventsOf, samplePayload, type SampleEvent, type SampleOptions } from './sample-events';
export { triggerOf, triggersOf, TRIGGER_FAMILIES, type Trigger, type TriggerFamily, type Payload } from './trigger';
export { SAMPLE_TIME_SECONDS } from './family-events';
