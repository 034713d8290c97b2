#include "profiles/ConnectionTest.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace ccm::profiles {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(ccm::profiles::ConnectionTester)
};

ConnectionTesterFactory& installedFactory()
{
    static ConnectionTesterFactory factory;
    return factory;
}

// Stands in until the cloud client is built into the application.
class UnavailableTester final : public ConnectionTester
{
public:
    void test(const ResolvedProfile&, QObject* context, Callback done) override
    {
        QObject* target = context ? context : QCoreApplication::instance();
        QMetaObject::invokeMethod(
            target,
            [done = std::move(done)] {
                done(Error{QStringLiteral("cloud.unavailable"),
                           Texts::tr("Testing the connection needs the cloud client, which this build does not "
                                     "include yet."),
                           {},
                           ErrorCategory::Network});
            },
            Qt::QueuedConnection);
    }
};

} // namespace

void setConnectionTesterFactory(ConnectionTesterFactory factory)
{
    installedFactory() = std::move(factory);
}

std::unique_ptr<ConnectionTester> createConnectionTester()
{
    if (const auto& factory = installedFactory()) {
        if (auto tester = factory())
            return tester;
    }
    return std::make_unique<UnavailableTester>();
}

} // namespace ccm::profiles
