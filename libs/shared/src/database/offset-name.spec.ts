import { offsetName } from './ensure-database';

describe('offsetName', () => {
  it("names the server's offset the way mysql2's timezone option takes it", () => {
    expect(offsetName(0)).toBe('Z');
    expect(offsetName(480)).toBe('+08:00');
    expect(offsetName(-210)).toBe('-03:30');
    expect(offsetName(345)).toBe('+05:45');
  });
});
