import { AppConfig } from '../config/app-config';
import { DatabaseNotifications, NotificationSubscriber } from '../database/database-notifications';
import { AuthenticatedUser } from './role';
import { SessionCache } from './session-cache';
import { LiveSession } from './sessions.repository';

const USER: AuthenticatedUser = {
  id: 1,
  username: 'beleid',
  displayName: 'Beleid',
  role: 'beleid',
  municipalityCode: null,
};
const live = (ms = 3_600_000): LiveSession => ({ user: USER, validUntil: new Date(Date.now() + ms) });

describe(SessionCache.name, () => {
  let subscriber: NotificationSubscriber;
  let listening: boolean;

  async function cache(seconds = 30): Promise<SessionCache> {
    listening = true;
    const notifications = {
      get listening() {
        return listening;
      },
      subscribe: (_channel: string, each: NotificationSubscriber) => {
        subscriber = each;
        return Promise.resolve();
      },
    } as unknown as DatabaseNotifications;
    const sut = new SessionCache({ sessionCacheSeconds: seconds } as AppConfig, notifications);
    await sut.onModuleInit();
    return sut;
  }

  it('should remember a live session and not an unknown one', async () => {
    const sut = await cache();
    const lookUp = jest.fn().mockResolvedValueOnce(live()).mockResolvedValue(null);
    expect(await sut.user('a', lookUp)).toBe(USER);
    expect(await sut.user('a', lookUp)).toBe(USER);
    expect(await sut.user('b', lookUp)).toBeNull();
    expect(await sut.user('b', lookUp)).toBeNull();
    expect(lookUp).toHaveBeenCalledTimes(3);
  });

  it('should not remember a lookup that started before a change was notified', async () => {
    const sut = await cache();
    let answer!: (session: LiveSession) => void;
    const slow = sut.user('a', () => new Promise<LiveSession>((resolve) => (answer = resolve)));
    subscriber.notified();
    answer(live());
    expect(await slow).toBe(USER);
    const lookUp = jest.fn().mockResolvedValue(null);
    expect(await sut.user('a', lookUp)).toBeNull();
  });

  it('should forget everything on a notification, a reset and a logout', async () => {
    const sut = await cache();
    for (const forget of [() => subscriber.notified(), () => subscriber.reset(), () => sut.forget('a')]) {
      await sut.user('a', () => Promise.resolve(live()));
      forget();
      const lookUp = jest.fn().mockResolvedValue(null);
      expect(await sut.user('a', lookUp)).toBeNull();
    }
  });

  it('should not remember a session past its end, nor anything while not listening or when off', async () => {
    const short = await cache();
    await short.user('a', () => Promise.resolve(live(20)));
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(await short.user('a', () => Promise.resolve(null))).toBeNull();

    const deaf = await cache();
    listening = false;
    await deaf.user('a', () => Promise.resolve(live()));
    listening = true;
    expect(await deaf.user('a', () => Promise.resolve(null))).toBeNull();

    const off = await cache(0);
    await off.user('a', () => Promise.resolve(live()));
    expect(await off.user('a', () => Promise.resolve(null))).toBeNull();
  });
});
