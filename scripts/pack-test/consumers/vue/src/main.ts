// The harness around the README's App: mount it, as any Vue app does.
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
