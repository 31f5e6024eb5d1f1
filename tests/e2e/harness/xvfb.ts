// Real key presses: CDP key events never reach extension commands, so keyboard tests run a
// headful Chromium on a private Xvfb display and type with xdotool (Debian's xvfb, xdotool).
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface Display {
  display: string;
  /** Focus the (only) Chromium window and press a key chord such as "alt+shift+k". */
  press(chord: string): void;
  stop(): void;
}

function which(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export async function startDisplay(): Promise<Display> {
  if (!which('Xvfb') || !which('xdotool')) {
    throw new Error('Xvfb/xdotool not found: install them with `apt-get install -y xvfb xdotool` (or run .ci/run).');
  }
  let n = 90 + Math.floor(Math.random() * 400);
  while (existsSync(`/tmp/.X11-unix/X${n}`)) n += 1;
  const display = `:${n}`;
  const proc: ChildProcess = spawn('Xvfb', [display, '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  const deadline = Date.now() + 5000;
  while (!existsSync(`/tmp/.X11-unix/X${n}`) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const env = { ...process.env, DISPLAY: display };
  return {
    display,
    press(chord) {
      const windows = execFileSync('xdotool', ['search', '--onlyvisible', '--class', 'chromium'], { env }).toString().trim().split('\n');
      const win = windows[windows.length - 1];
      if (!win) throw new Error('no Chromium window on the test display');
      // No window manager here: windowfocus, not windowactivate.
      execFileSync('xdotool', ['windowfocus', '--sync', win], { env });
      execFileSync('xdotool', ['key', '--clearmodifiers', chord], { env });
    },
    stop() { proc.kill(); },
  };
}
