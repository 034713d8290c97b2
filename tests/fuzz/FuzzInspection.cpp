// libFuzzer entry: any bytes go through reading, assembly and validation, as a dropped file would.
// The first byte picks how the input is split, so combinations (bundle + key file) are explored too.
#include "certificate/Inspection.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

namespace {

class OncePassphrase final : public ccm::PassphraseProvider
{
public:
    std::optional<ccm::SecureBytes> passphrase(const ccm::PassphraseRequest& request) override
    {
        if (request.attempt > 2)
            return std::nullopt;
        return ccm::SecureBytes(QByteArrayView(request.attempt == 1 ? "correct horse" : "pfx-pass"));
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const ccm::Inspector inspector(
        std::make_shared<ccm::FixedClock>(QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC)),
        std::make_shared<ccm::ListTrustStore>());
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    ccm::InspectionRequest request;
    const qsizetype split = bytes.isEmpty() ? 0 : static_cast<unsigned char>(bytes.at(0)) % 4;
    if (split == 0 || bytes.size() < 8) {
        request.inputs.append(ccm::InputSource{QStringLiteral("fuzz"), bytes});
    } else {
        const qsizetype at = bytes.size() * split / 4;
        request.inputs.append(ccm::InputSource{QStringLiteral("a"), bytes.left(at)});
        request.inputs.append(ccm::InputSource{QStringLiteral("b"), bytes.mid(at)});
    }
    OncePassphrase passphrases;
    const ccm::Inspection inspection = inspector.inspect(request, &passphrases);
    if (inspection.payloadReady())
        (void)inspection.body({});
    (void)inspection.toJson();
    return 0;
}
