#ifndef SANCTIONS_FATAL_SIGNALS_H
#define SANCTIONS_FATAL_SIGNALS_H

/// Installs handlers (sigaction, on an alternate signal stack) for SIGABRT,
/// SIGSEGV and SIGBUS that write one line to standard error and end the
/// process with status 2, replacing the Swift runtime's backtracer for these
/// signals. Call once, early in main. Returns 0, or an errno value.
///
/// These signals are what running out of memory or stack looks like (the
/// Swift runtime aborts when malloc fails; an overcommitted page or an
/// exhausted stack faults). Precondition failures (SIGILL/SIGTRAP) are left
/// to the runtime: those are programmer errors and their backtrace helps.
int sanctions_install_fatal_signal_handlers(void);

/// Ignores SIGPIPE, so writing to a closed pipe fails with EPIPE (reported
/// as a write error) instead of killing the process silently.
int sanctions_ignore_broken_pipe(void);

/// Replaces stdio's stderr with a line-buffered stream that writes to
/// descriptor 2 but drops the Swift runtime's "failed to allocate" report,
/// so running out of memory prints only the handler's line. Every other
/// runtime message (precondition failures) still reaches standard error.
int sanctions_filter_allocation_failure_reports(void);

#endif
