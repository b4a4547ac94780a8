// The user's data folder (src/data/folder.ts userDataDir) on each platform, the platform given
// rather than read from process.platform, with that platform's paths (path.win32 for Windows),
// so that the macOS and Windows places are checked on Linux too.
import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { userDataDir } from '../../src/data/folder.js';

describe('userDataDir on Linux', () => {
  it('is $XDG_DATA_HOME/launch-almanac where XDG_DATA_HOME is absolute', () => {
    expect(userDataDir({ HOME: '/home/ada', XDG_DATA_HOME: '/data/xdg' }, 'linux')).toBe('/data/xdg/launch-almanac');
  });

  it('ignores a relative or empty XDG_DATA_HOME (as the XDG spec says), and is ~/.local/share/launch-almanac', () => {
    expect(userDataDir({ HOME: '/home/ada', XDG_DATA_HOME: 'relative/xdg' }, 'linux')).toBe('/home/ada/.local/share/launch-almanac');
    expect(userDataDir({ HOME: '/home/ada', XDG_DATA_HOME: '' }, 'linux')).toBe('/home/ada/.local/share/launch-almanac');
    expect(userDataDir({ HOME: '/home/ada' }, 'linux')).toBe('/home/ada/.local/share/launch-almanac');
  });

  it('ignores LOCALAPPDATA (Windows only)', () => {
    expect(userDataDir({ HOME: '/home/ada', LOCALAPPDATA: '/somewhere' }, 'linux')).toBe('/home/ada/.local/share/launch-almanac');
  });

  it("uses the account's home directory where HOME is unset or empty, and nothing where HOME is relative", () => {
    expect(userDataDir({}, 'linux')).toBe(posix.join(homedir(), '.local', 'share', 'launch-almanac'));
    expect(userDataDir({ HOME: '' }, 'linux')).toBe(posix.join(homedir(), '.local', 'share', 'launch-almanac'));
    expect(userDataDir({ HOME: 'not/absolute' }, 'linux')).toBeNull();
  });

  it('is the platform the process runs on when none is given', () => {
    const env = { HOME: '/home/ada' };
    expect(userDataDir(env)).toBe(userDataDir(env, process.platform));
  });
});

describe('userDataDir on macOS', () => {
  it('is ~/Library/Application Support/launch-almanac', () => {
    expect(userDataDir({ HOME: '/Users/ada' }, 'darwin')).toBe('/Users/ada/Library/Application Support/launch-almanac');
    expect(userDataDir({ HOME: '/Users/ada', XDG_DATA_HOME: 'relative' }, 'darwin')).toBe('/Users/ada/Library/Application Support/launch-almanac');
  });

  it('still honours an absolute XDG_DATA_HOME, as the README says ("$XDG_DATA_HOME/launch-almanac, else …")', () => {
    expect(userDataDir({ HOME: '/Users/ada', XDG_DATA_HOME: '/Users/ada/.xdg' }, 'darwin')).toBe('/Users/ada/.xdg/launch-almanac');
  });

  it("uses the account's home directory where HOME is unset", () => {
    expect(userDataDir({}, 'darwin')).toBe(posix.join(homedir(), 'Library', 'Application Support', 'launch-almanac'));
  });
});

describe('userDataDir on Windows', () => {
  const profile = 'C:\\Users\\Ada';
  const local = 'C:\\Users\\Ada\\AppData\\Local';

  it('is %LOCALAPPDATA%\\launch-almanac', () => {
    expect(userDataDir({ LOCALAPPDATA: local, USERPROFILE: profile }, 'win32')).toBe('C:\\Users\\Ada\\AppData\\Local\\launch-almanac');
    // A forward-slash LOCALAPPDATA is absolute to Windows, and the result is in Windows' form.
    expect(userDataDir({ LOCALAPPDATA: 'D:/Local' }, 'win32')).toBe('D:\\Local\\launch-almanac');
  });

  it('ignores a relative LOCALAPPDATA, and without one is AppData\\Local in the home (HOME, else USERPROFILE)', () => {
    expect(userDataDir({ LOCALAPPDATA: 'AppData\\Local', USERPROFILE: profile }, 'win32')).toBe('C:\\Users\\Ada\\AppData\\Local\\launch-almanac');
    expect(userDataDir({ USERPROFILE: profile }, 'win32')).toBe('C:\\Users\\Ada\\AppData\\Local\\launch-almanac');
    expect(userDataDir({ HOME: 'E:\\home\\ada', USERPROFILE: profile }, 'win32')).toBe('E:\\home\\ada\\AppData\\Local\\launch-almanac');
    expect(userDataDir({}, 'win32')).toBe(win32.join(homedir(), 'AppData', 'Local', 'launch-almanac'));
  });

  it('honours an absolute XDG_DATA_HOME first, as on every platform', () => {
    expect(userDataDir({ XDG_DATA_HOME: 'C:\\xdg', LOCALAPPDATA: local }, 'win32')).toBe('C:\\xdg\\launch-almanac');
    expect(userDataDir({ XDG_DATA_HOME: 'xdg', LOCALAPPDATA: local }, 'win32')).toBe('C:\\Users\\Ada\\AppData\\Local\\launch-almanac');
  });

  it('returns nothing where the only home is relative', () => {
    expect(userDataDir({ USERPROFILE: 'Users\\Ada' }, 'win32')).toBeNull();
  });
});

describe('ALMANAC_HOME', () => {
  it('wins over everything where it is absolute, on every platform', () => {
    const env = { HOME: '/home/ada', XDG_DATA_HOME: '/data/xdg', LOCALAPPDATA: 'C:\\Local', ALMANAC_HOME: '/srv/almanac' };
    expect(userDataDir(env, 'linux')).toBe('/srv/almanac');
    expect(userDataDir(env, 'darwin')).toBe('/srv/almanac');
    expect(userDataDir({ ...env, ALMANAC_HOME: 'D:\\almanac' }, 'win32')).toBe('D:\\almanac');
  });

  it('is ignored where it is relative or empty', () => {
    expect(userDataDir({ HOME: '/home/ada', ALMANAC_HOME: 'almanac' }, 'linux')).toBe('/home/ada/.local/share/launch-almanac');
    expect(userDataDir({ HOME: '/home/ada', ALMANAC_HOME: '' }, 'linux')).toBe('/home/ada/.local/share/launch-almanac');
    // "D:\almanac" is not absolute to POSIX: it is a file name.
    expect(userDataDir({ HOME: '/home/ada', ALMANAC_HOME: 'D:\\almanac' }, 'linux')).toBe('/home/ada/.local/share/launch-almanac');
  });
});
