#include "common/Error.h"

namespace ccm {

QDebug operator<<(QDebug debug, const Error& error)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Error(" << error.code << ", " << error.message;
    if (!error.detail.isEmpty())
        debug << ", " << error.detail;
    debug << ')';
    return debug;
}

} // namespace ccm
