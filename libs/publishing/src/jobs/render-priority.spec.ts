import { EventEmitter } from 'node:events';
import { RenderPriority } from './render-priority';

describe('RenderPriority', () => {
  it('lets background work through at once when nothing urgent runs', async () => {
    const priority = new RenderPriority();
    const started = Date.now();
    await priority.backgroundTurn();
    expect(Date.now() - started).toBeLessThan(50);
  });

  it('holds background work until the urgent jobs are done', async () => {
    const priority = new RenderPriority();
    const order: string[] = [];
    let finishUrgent!: () => void;
    const urgent = priority.urgent(() => new Promise<void>((resolve) => (finishUrgent = resolve)).then(() => void order.push('urgent')));
    const background = priority.backgroundTurn().then(() => void order.push('background'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual([]);
    finishUrgent();
    await Promise.all([urgent, background]);
    expect(order).toEqual(['urgent', 'background']);
  });

  it('never holds background work longer than its pause limit', async () => {
    const priority = new RenderPriority();
    void priority.urgent(() => new Promise(() => undefined));
    const started = Date.now();
    await priority.backgroundTurn();
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('passes an urgent job’s result and error through', async () => {
    const priority = new RenderPriority();
    await expect(priority.urgent(async () => 7)).resolves.toBe(7);
    await expect(priority.urgent(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    const started = Date.now();
    await priority.backgroundTurn();
    expect(Date.now() - started).toBeLessThan(50);
  });

  it('holds background work while a publish-lane job runs in another worker process', async () => {
    const priority = new RenderPriority();
    const lane = new EventEmitter();
    priority.watch(lane);
    lane.emit('active', { jobId: 'page.1' });
    let passed = false;
    const background = priority.backgroundTurn().then(() => (passed = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(passed).toBe(false);
    lane.emit('completed', { jobId: 'page.1' });
    await background;
    // A job whose end was never heard of holds nothing past the pause limit.
    lane.emit('active', { jobId: 'page.2' });
    const started = Date.now();
    await priority.backgroundTurn();
    expect(Date.now() - started).toBeLessThan(1000);
    await priority.backgroundTurn();
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
