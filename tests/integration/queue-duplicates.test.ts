import { afterEach, describe, expect, it } from 'vitest';
import { count, op } from '../support/core.ts';
import { book, local, makeShop, refused, type ShopWorld } from './appointments-world.ts';

/** No second number by mistake: a customer with a live number or a booking today is refused a walk-in unless confirmed. */

let w: ShopWorld;
afterEach(() => w?.core.close());

const issue = (input: Record<string, unknown>) => op(w.core, 'queue.issue', { serviceId: w.repair, print: false, ...input }, w.token);

describe('a walk-in number for a customer who already has one today', () => {
  it('is refused naming their live number, writes nothing, and is issued once confirmed; a finished one does not count', async () => {
    w = await makeShop();
    const first = await issue({ customerId: w.alice });
    const tickets = count(w.core, 'tickets');
    const again = await refused(w, 'queue.issue', { serviceId: w.pickup, customerId: w.alice, print: false });
    expect(again).toMatchObject({
      code: 'ALREADY_QUEUED',
      params: { customerId: w.alice, ticketId: first.ticket.id, ticketNumber: 'A001', ticketStatus: 'waiting' },
    });
    expect(count(w.core, 'tickets')).toBe(tickets);
    // Walk-ins without a customer, and other customers, are never asked.
    await issue({});
    await issue({ customerId: w.bob });

    const second = await issue({ serviceId: w.pickup, customerId: w.alice, confirmDuplicate: true });
    expect(second.ticket).toMatchObject({ number: 'B001', customerId: w.alice });
    expect(w.core.db.prepare('SELECT issue_detail_json FROM tickets WHERE id = ?').get(second.ticket.id)).toEqual({
      issue_detail_json: '{"priority":false,"confirmedDuplicate":true}',
    });

    const today = await op(w.core, 'queue.customerToday', { customerId: w.alice }, w.token);
    expect(today.tickets.map((t) => t.number)).toEqual(['A001', 'B001']);
    expect(today.usualServiceId).toBe(w.pickup);

    await op(w.core, 'queue.cancel', { ticketId: first.ticket.id }, w.token);
    await op(w.core, 'queue.cancel', { ticketId: second.ticket.id }, w.token);
    expect((await op(w.core, 'queue.customerToday', { customerId: w.alice }, w.token)).tickets).toEqual([]);
    expect((await issue({ customerId: w.alice })).ticket.number).toBe('A004');
  });

  it('is refused for a customer booked today, naming the booking; the check-in itself is not refused, and then the ticket is named', async () => {
    w = await makeShop();
    const booking = await book(w, { customerId: w.bob, startsAt: local(2, '10:00') });
    await book(w, { startsAt: local(3, '10:00') });
    const today = await op(w.core, 'queue.customerToday', { customerId: w.bob }, w.token);
    expect(today).toEqual({
      customerId: w.bob,
      tickets: [],
      bookings: [{ id: booking.id, serviceId: w.repair, startsAt: local(2, '10:00'), status: 'booked' }],
      usualServiceId: null,
    });
    expect(await refused(w, 'queue.issue', { serviceId: w.repair, customerId: w.bob, print: false })).toMatchObject({
      code: 'ALREADY_QUEUED',
      params: { appointmentId: booking.id, appointmentStartsAt: local(2, '10:00') },
    });
    // Alice's booking is tomorrow: today she is an ordinary walk-in.
    expect((await issue({ customerId: w.alice })).ticket.customerId).toBe(w.alice);

    const checkedIn = await op(w.core, 'appointments.checkIn', { id: booking.id }, w.token);
    const after = await refused(w, 'queue.issue', { serviceId: w.repair, customerId: w.bob, print: false });
    expect(after.params).toEqual({
      customerId: w.bob,
      ticketId: checkedIn.ticket.id,
      ticketNumber: checkedIn.ticket.number,
      ticketStatus: 'waiting',
    });
    expect((await op(w.core, 'queue.customerToday', { customerId: w.bob }, w.token)).usualServiceId).toBe(w.repair);
  });

  it('names an unknown customer on its field', async () => {
    w = await makeShop();
    expect(await refused(w, 'queue.customerToday', { customerId: 98765 })).toMatchObject({
      code: 'NOT_FOUND',
      fields: { customerId: 'is not a customer' },
    });
  });
});
