import { Avatar } from '@mantine/core';
import type { Role } from '../../../shared/roles.ts';

const ROLE_COLOR: Record<Role, string> = {
  admin: 'indigo',
  manager: 'violet',
  reception: 'cyan',
  cashier: 'teal',
  technician: 'grape',
};

/** Initials on a colour that stands for the role, the same on the sign-in tiles and in the header. */
export function StaffAvatar({ name, role, size = 'md' }: { name: string; role: Role; size?: 'sm' | 'md' | 'lg' }) {
  const letters = /[\u3400-\u9fff]/.test(name)
    ? name.slice(0, 1)
    : name
        .split(/\s+/)
        .filter(Boolean)
        .slice(0, 2)
        .map((w) => w[0]?.toUpperCase())
        .join('');
  return (
    <Avatar size={size} radius="xl" color={ROLE_COLOR[role]} variant="filled" aria-hidden>
      {letters}
    </Avatar>
  );
}
