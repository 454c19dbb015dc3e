/**
 * Registers an element unless the name is taken: two copies of the script on one
 * page (a CMS block and a theme, say) must not throw.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}
