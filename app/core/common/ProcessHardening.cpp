#include "common/ProcessHardening.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <sys/stat.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

#include <cstdlib>
#include <cstring>

namespace ccm {

void hardenProcess()
{
#ifdef Q_OS_UNIX
    const rlimit noCore{0, 0};
    ::setrlimit(RLIMIT_CORE, &noCore);
    ::umask(077);
#endif
#ifdef Q_OS_LINUX
    // Not dumpable also means: no ptrace attach by other processes of the user, /proc/<pid>/mem closed to them.
    // The environment switch exists only for tests/security/TestMemoryDump, which runs gcore as a normal user in
    // CI; it cannot re-enable core files (RLIMIT_CORE stays 0 with a hard limit of 0).
    const char* allowPtrace = std::getenv("CCM_TEST_ALLOW_PTRACE");
    if (!(allowPtrace && std::strcmp(allowPtrace, "1") == 0))
        ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    else
        ::prctl(PR_SET_PTRACER, PR_SET_PTRACER_ANY, 0, 0, 0); // Yama: gcore is not this process's parent
#endif
}

} // namespace ccm
