import { act, renderHook } from '@testing-library/react';
import { emptyValues } from '../form/form-values';
import { localDrafts } from './local-drafts';
import { useAutosave } from './useAutosave';

const values = (title: string) => ({ ...emptyValues(3), title });

describe('useAutosave', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    localStorage.clear();
  });
  afterEach(() => jest.useRealTimers());

  it('keeps a new article only locally, per site', () => {
    const save = jest.fn();
    const { result } = renderHook(() => useAutosave(7, null, false, save));
    act(() => result.current.changed(values('新')));
    act(() => result.current.changed(values('新文章')));
    expect(localDrafts.load(7, null)).toBeNull();
    act(() => jest.advanceTimersByTime(500));
    expect(localDrafts.load(7, null)?.values.title).toBe('新文章');
    expect(localDrafts.load(8, null)).toBeNull();
    expect(result.current.state.status).toBe('local');
    act(() => jest.advanceTimersByTime(5000));
    expect(save).not.toHaveBeenCalled();
  });

  it('saves a draft to the server once typing stops, then drops the local copy', async () => {
    const save = jest.fn().mockResolvedValue(undefined);
    const { result } = renderHook(() => useAutosave(7, 12, true, save));
    act(() => result.current.changed(values('一')));
    act(() => jest.advanceTimersByTime(1000));
    act(() => result.current.changed(values('一稿')));
    act(() => jest.advanceTimersByTime(1000));
    expect(localDrafts.load(7, 12)?.values.title).toBe('一稿');
    expect(result.current.state.status).toBe('pending');
    await act(async () => jest.advanceTimersByTime(3000));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(values('一稿'));
    expect(result.current.state.status).toBe('saved');
    expect(localDrafts.load(7, 12)).toBeNull();
  });

  it('keeps the local copy when the server refuses, and says why', async () => {
    const save = jest.fn().mockRejectedValue(new Error('审核中的文章不能修改,请先撤回'));
    const { result } = renderHook(() => useAutosave(7, 12, true, save));
    act(() => result.current.changed(values('改')));
    await act(async () => jest.advanceTimersByTime(3500));
    expect(result.current.state).toEqual({ status: 'error', message: '审核中的文章不能修改,请先撤回' });
    expect(localDrafts.load(7, 12)?.values.title).toBe('改');
  });

  it('writes the pending local copy when the editor closes', () => {
    const { result, unmount } = renderHook(() => useAutosave(7, null, false, jest.fn()));
    act(() => result.current.changed(values('关掉前')));
    unmount();
    expect(localDrafts.load(7, null)?.values.title).toBe('关掉前');
  });
});
