declare module 'virtual:story/*' {
  import type { Story } from './lib/types';
  const story: Story;
  export default story;
}
