/**
 * `<booking-calendar>` in Vue 3: the compiler is told which tags are custom elements
 * (`isCustomElement`), `.prop` passes `metadata` as an object, and `@slotkit-booked` listens to
 * the element's event. The template is compiled in the browser (Vue's full build) so the
 * example needs no single-file-component tooling.
 */
import '@slotkit/widget/define';
import type { BookedEvent } from '@slotkit/widget';
import { createApp, ref } from 'vue';
import { api, workspace } from './config.ts';

const app = createApp({
  setup() {
    const booked = ref('');
    const onBooked = (event: BookedEvent) => { booked.value = `${event.detail.booking.uid} at ${event.detail.booking.start}`; };
    return { api, workspace, booked, onBooked, metadata: { source: 'vue-example' } };
  },
  template: `
    <h1>Book an intro call (Vue)</h1>
    <booking-calendar :api="api" :workspace="workspace" event-type="intro-call" :metadata.prop="metadata"
      @slotkit-booked="onBooked"></booking-calendar>
    <p role="status">{{ booked ? 'Booked ' + booked : '' }}</p>`,
});
// Without this, Vue warns that it cannot resolve a component named booking-calendar.
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('booking-');
app.mount('#app');
