import ipaddr from 'ipaddr.js';

/**
 * What the letter limit counts by: an IPv4 address, or the /64 network of an IPv6 one (a single
 * household or phone usually holds a whole /64, so counting single addresses would count nothing).
 */
export function rateKey(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address); // IPv4-mapped IPv6 (::ffff:1.2.3.4) becomes IPv4
  if (parsed.kind() === 'ipv4') return parsed.toString();
  return `${(parsed as ipaddr.IPv6).parts
    .slice(0, 4)
    .map((part) => part.toString(16))
    .join(':')}::/64`;
}
