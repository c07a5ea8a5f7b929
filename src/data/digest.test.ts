import { digestBytes } from './digest';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('digestBytes', () => {
  it('gives one file the same digest every time and tells a changed figure apart', () => {
    const built = bytes('{"sites":[{"id":"abilene","capacityGw":1.2}]}');
    const replaced = bytes('{"sites":[{"id":"abilene","capacityGw":3.7}]}');
    expect(digestBytes(built)).toBe(
      digestBytes(bytes('{"sites":[{"id":"abilene","capacityGw":1.2}]}')),
    );
    expect(digestBytes(replaced)).not.toBe(digestBytes(built));
    expect(digestBytes(new Uint8Array())).not.toBe(digestBytes(bytes(' ')));
  });
});
