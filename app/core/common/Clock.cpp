#include "common/Clock.h"

namespace ccm {

namespace {
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};
} // namespace

std::shared_ptr<const Clock> Clock::system()
{
    static const auto instance = std::make_shared<SystemClock>();
    return instance;
}

} // namespace ccm
