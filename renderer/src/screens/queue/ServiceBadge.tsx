import { Center } from '@mantine/core';

/** A service's letter in a square, the way reception's tiles and the counter show it. */
export function ServiceBadge({ prefix, size = 34 }: { prefix: string; size?: number }) {
  return (
    <Center
      w={size}
      h={size}
      bg="indigo.7"
      c="white"
      fw={700}
      fz={size * 0.55}
      style={{ borderRadius: size * 0.22, flex: 'none', lineHeight: 1 }}
      aria-hidden
    >
      {prefix}
    </Center>
  );
}
