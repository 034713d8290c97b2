#pragma once

namespace ccm {

/// Called first thing by both executables: no core dump (RLIMIT_CORE 0, PR_SET_DUMPABLE 0 on Linux), so a crash
/// never writes keys, secret keys, tokens or passphrases to disk, and umask 077, so every file and folder the
/// process creates is owner-only from the first byte. CCM_TEST_ALLOW_PTRACE=1 keeps the process dumpable
/// (only the core size limit is set) so that the memory-dump test can attach to it without root.
void hardenProcess();

} // namespace ccm
