// Reading + assembling + validating a leaf, two intermediates and a key, as the preview does on every change.
// Prints the median, 10th and 90th percentile per bundle, and the time of `openssl x509 -noout -text` on the
// same three certificates for comparison. Target: median at most 2 ms per bundle on a 2-core machine.
#include "certificate/Inspection.h"
#include "certificate/PbeLimits.h"

#include "TestData.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ccm;

namespace {

struct Stats
{
    double median = 0;
    double p10 = 0;
    double p90 = 0;
};

Stats stats(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) { return samples.at(static_cast<size_t>(q * double(samples.size() - 1))); };
    return Stats{at(0.5), at(0.1), at(0.9)};
}

template<typename F>
Stats measure(int iterations, F&& run)
{
    std::vector<double> samples;
    samples.reserve(static_cast<size_t>(iterations));
    for (int i = 0; i < iterations; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        samples.push_back(double(timer.nsecsElapsed()) / 1000.0);
    }
    return stats(std::move(samples));
}

void report(const char* what, const Stats& s)
{
    std::printf("%-58s median %9.1f us   p10 %9.1f us   p90 %9.1f us\n", what, s.median, s.p10, s.p90);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int iterations = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 2000;

    InspectionRequest request;
    for (const char* file : {"rsa/leaf.pem", "rsa/chain.pem", "rsa/leaf.key"})
        request.inputs.append(InputSource{QString::fromLatin1(file), test::readData(QString::fromLatin1(file))});
    InspectionRequest single;
    single.inputs.append(
        InputSource{QStringLiteral("fullchain+key"), test::readData(QStringLiteral("rsa/bundle-key-first.pem"))});

    const Inspector isolated(std::make_shared<FixedClock>(QDateTime::currentDateTimeUtc()),
                             std::make_shared<ListTrustStore>());
    const Inspector withSystemStore;
    // The very first inspection pays for OpenSSL's lazy set-up and an empty certificate cache.
    QElapsedTimer coldTimer;
    coldTimer.start();
    (void)isolated.inspect(request);
    const double coldMicroseconds = double(coldTimer.nsecsElapsed()) / 1000.0;
    for (int i = 0; i < 50; ++i) // warm-up: OpenSSL's decoder and method caches
        (void)isolated.inspect(request);

    std::printf("CCM Importer inspection benchmark, %d iterations\n", iterations);
    std::printf("%-58s %9.1f us\n", "first inspection in the process (cold)", coldMicroseconds);
    report("leaf + 2 intermediates + key, 3 files (test trust store)",
           measure(iterations, [&] { (void)isolated.inspect(request); }));
    report("same, system trust store", measure(iterations, [&] { (void)withSystemStore.inspect(request); }));
    report("same bundle as one PEM file", measure(iterations, [&] { (void)isolated.inspect(single); }));
    report("read only (BundleReader)", measure(iterations, [&] { (void)BundleReader().read(request.inputs); }));
    const QList<InputSource> keyOnly{request.inputs.at(2)};
    const QList<InputSource> certificatesOnly{request.inputs.at(0), request.inputs.at(1)};
    report("read the key only", measure(iterations, [&] { (void)BundleReader().read(keyOnly); }));
    report("read the 3 certificates only", measure(iterations, [&] { (void)BundleReader().read(certificatesOnly); }));

    // What the reader's iteration cap costs: a PFX at exactly pbe::kMaxIterations (MAC, certificates and key), read
    // with its passphrase after the two empty ones the reader tries first. Made here; writing it costs as much.
    {
        const ReadResult parts = BundleReader().read({request.inputs.at(0), request.inputs.at(2),
                                                      InputSource{QStringLiteral("chain"), request.inputs.at(1).data}});
        ossl::X509StackPtr chain(sk_X509_new_null());
        for (int i = 1; i < parts.certificates.size(); ++i) {
            X509_up_ref(parts.certificates.at(i).certificate.x509());
            sk_X509_push(chain.get(), parts.certificates.at(i).certificate.x509());
        }
        const int capIterations = int(pbe::kMaxIterations);
        ossl::Pkcs12Ptr p12(PKCS12_create("pfx-pass", "bench", parts.keys.first().key.pkey(),
                                          parts.certificates.first().certificate.x509(), chain.get(), NID_aes_256_cbc,
                                          NID_aes_256_cbc, capIterations, capIterations, 0));
        unsigned char* der = nullptr;
        const int length = p12 ? i2d_PKCS12(p12.get(), &der) : 0;
        const QByteArray pfx(reinterpret_cast<const char*>(der), std::max(length, 0));
        OPENSSL_free(der);
        FixedPassphraseProvider passphrase(SecureBytes(QByteArrayView("pfx-pass")));
        const QList<InputSource> input{InputSource{QStringLiteral("cap.pfx"), pfx}};
        report("PFX at the iteration cap (1,000,000), right passphrase", measure(5, [&] {
                   if (BundleReader(&passphrase).read(input).keys.isEmpty())
                       std::printf("PFX at the cap not read\n");
               }));
    }

    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        std::printf("openssl not found: comparison skipped\n");
        return 0;
    }
    const QStringList certificates{test::dataPath(QStringLiteral("rsa/leaf.pem")),
                                   test::dataPath(QStringLiteral("rsa/inter-b.pem")),
                                   test::dataPath(QStringLiteral("rsa/inter-a.pem"))};
    report("openssl x509 -noout -text on the 3 certificates (3 runs)", measure(std::min(iterations, 100), [&] {
               for (const auto& certificate : certificates) {
                   QProcess process;
                   process.start(openssl, {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-text"),
                                           QStringLiteral("-in"), certificate});
                   process.waitForFinished();
               }
           }));
    return 0;
}
