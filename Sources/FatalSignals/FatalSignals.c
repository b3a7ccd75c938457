#define _GNU_SOURCE
#include "FatalSignals.h"

#include <stdio.h>

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

// The alternate stack lets the handler run when the stack itself is exhausted.
static char alternate_stack[64 * 1024];

static void write_all(const char *text, size_t length) {
  while (length > 0) {
    ssize_t written = write(2, text, length);
    if (written < 0) {
      if (errno == EINTR) continue;
      return;
    }
    text += written;
    length -= (size_t)written;
  }
}

// Only async-signal-safe calls: write(2) and _exit(2).
static void on_fatal_signal(int signal_number) {
  static const char before[] = "sanctions: out of memory or another fatal resource failure (signal ";
  static const char after[] = "); the output may be incomplete; try a smaller batch, fewer lists or more memory\n";
  char digits[3];
  size_t count = 0;
  if (signal_number >= 10) digits[count++] = (char)('0' + signal_number / 10 % 10);
  digits[count++] = (char)('0' + signal_number % 10);
  write_all(before, sizeof before - 1);
  write_all(digits, count);
  write_all(after, sizeof after - 1);
  _exit(2);
}

int sanctions_install_fatal_signal_handlers(void) {
  stack_t stack;
  memset(&stack, 0, sizeof stack);
  stack.ss_sp = alternate_stack;
  stack.ss_size = sizeof alternate_stack;
  if (sigaltstack(&stack, NULL) != 0) return errno;
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = on_fatal_signal;
  action.sa_flags = SA_ONSTACK | SA_RESETHAND;
  sigemptyset(&action.sa_mask);
  const int signals[] = {SIGABRT, SIGSEGV, SIGBUS};
  for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) {
    if (sigaction(signals[i], &action, NULL) != 0) return errno;
  }
  return 0;
}

int sanctions_ignore_broken_pipe(void) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = SIG_IGN;
  sigemptyset(&action.sa_mask);
  return sigaction(SIGPIPE, &action, NULL) == 0 ? 0 : errno;
}

// The Swift runtime reports a failed allocation with fputs to stdio's stderr
// ("Fatal error: failed to allocate N bytes ...") before it aborts; the
// SIGABRT handler then writes the one line meant for users. Lines of that
// report are dropped; every other line goes to descriptor 2 as it is.
static ssize_t filtered_write(void *cookie, const char *text, size_t length) {
  (void)cookie;
  static const char dropped[] = "failed to allocate ";
  size_t start = 0;
  while (start < length) {
    size_t end = start;
    while (end < length && text[end] != '\n') end++;
    if (end < length) end++;
    int drop = 0;
    for (size_t i = start; i + sizeof dropped - 1 <= end; i++) {
      if (memcmp(text + i, dropped, sizeof dropped - 1) == 0) { drop = 1; break; }
    }
    if (!drop) write_all(text + start, end - start);
    start = end;
  }
  return (ssize_t)length;
}

int sanctions_filter_allocation_failure_reports(void) {
  cookie_io_functions_t functions = {NULL, filtered_write, NULL, NULL};
  FILE *filtered = fopencookie(NULL, "w", functions);
  if (filtered == NULL) return errno;
  setvbuf(filtered, NULL, _IOLBF, 4096);
  stderr = filtered;
  return 0;
}
