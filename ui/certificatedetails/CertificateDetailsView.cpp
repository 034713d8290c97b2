#include "CertificateDetailsView.h"
#include "ui_CertificateDetailsView.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace ccm::ui {

namespace {

QString joined(const QStringList& items)
{
    return items.join(QLatin1String(", "));
}

QString dateText(const QDateTime& when)
{
    return QLocale().toString(when.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

} // namespace

QString validityText(const CertificateDetails& d)
{
    const QString range = CertificateDetailsView::tr("%1 to %2").arg(dateText(d.notBefore), dateText(d.notAfter));
    if (d.daysLeft < 0)
        return range + QLatin1Char(' ') + CertificateDetailsView::tr("(expired; days since: %1)").arg(-d.daysLeft);
    return range + QLatin1Char(' ') + CertificateDetailsView::tr("(days left: %1)").arg(d.daysLeft);
}

CertificateDetailsView::CertificateDetailsView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CertificateDetailsView>())
{
    m_ui->setupUi(this);
    m_ui->scrollArea->setAccessibleName(tr("Certificate details"));
}

CertificateDetailsView::~CertificateDetailsView() = default;

void CertificateDetailsView::clearRows()
{
    while (m_ui->rowsLayout->rowCount() > 0)
        m_ui->rowsLayout->removeRow(0);
}

void CertificateDetailsView::setPlaceholder(const QString& text)
{
    clearRows();
    auto* label = new QLabel(text, m_ui->rowsWidget);
    label->setWordWrap(true);
    label->setObjectName(QStringLiteral("placeholderLabel"));
    m_ui->rowsLayout->addRow(label);
}

void CertificateDetailsView::addRow(const QString& label, const QString& value, const QString& copyName)
{
    auto* valueLabel = new QLabel(m_ui->rowsWidget);
    valueLabel->setTextFormat(Qt::PlainText);
    valueLabel->setText(value);
    valueLabel->setWordWrap(true);
    valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    valueLabel->setAccessibleName(label);
    valueLabel->setProperty("ccmRowLabel", label);
    auto* rowLabel = new QLabel(label, m_ui->rowsWidget);
    rowLabel->setBuddy(valueLabel);
    if (copyName.isEmpty()) {
        m_ui->rowsLayout->addRow(rowLabel, valueLabel);
        return;
    }
    auto* holder = new QWidget(m_ui->rowsWidget);
    auto* layout = new QHBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(valueLabel, 1);
    auto* copy = new QToolButton(holder);
    copy->setObjectName(QStringLiteral("copyButton"));
    copy->setText(tr("Copy"));
    copy->setAccessibleName(copyName);
    copy->setToolTip(copyName);
    layout->addWidget(copy, 0, Qt::AlignTop);
    connect(copy, &QToolButton::clicked, this, [value] { QApplication::clipboard()->setText(value); });
    m_ui->rowsLayout->addRow(rowLabel, holder);
}

QString CertificateDetailsView::valueOf(const QString& label) const
{
    const auto labels = m_ui->rowsWidget->findChildren<QLabel*>();
    for (const QLabel* l : labels) {
        if (l->property("ccmRowLabel").toString() == label)
            return l->text();
    }
    return {};
}

void CertificateDetailsView::setDetails(const CertificateDetails& d)
{
    clearRows();
    addRow(tr("Subject"), d.subjectDn);
    addRow(tr("Issuer"), d.issuerDn);
    addRow(tr("Serial number"), d.serialHex);
    addRow(tr("Validity"), validityText(d));
    QStringList names;
    for (const auto& san : d.subjectAltNames) {
        QString entry = san.display;
        if (san.display != san.value)
            entry += QStringLiteral(" (%1)").arg(san.value);
        switch (san.type) {
        case SubjectAltName::Type::Ip:
            entry = tr("IP: %1").arg(entry);
            break;
        case SubjectAltName::Type::Email:
            entry = tr("Email: %1").arg(entry);
            break;
        case SubjectAltName::Type::Uri:
            entry = tr("URI: %1").arg(entry);
            break;
        case SubjectAltName::Type::Other:
        case SubjectAltName::Type::Dns:
            break;
        }
        names.append(entry);
    }
    if (!names.isEmpty())
        addRow(tr("Alternative names"), names.join(QLatin1Char('\n')));
    QString key = d.publicKeyAlgorithm;
    if (!d.publicKeyCurve.isEmpty())
        key += QLatin1Char(' ') + d.publicKeyCurve;
    else if (d.publicKeyBits > 0)
        key = tr("%1, %2 bits").arg(d.publicKeyAlgorithm).arg(d.publicKeyBits);
    addRow(tr("Public key"), key);
    addRow(tr("Signature algorithm"), d.signatureAlgorithm);
    if (!d.keyUsage.isEmpty())
        addRow(tr("Key usage"), joined(d.keyUsage));
    if (!d.extendedKeyUsage.isEmpty())
        addRow(tr("Extended key usage"), joined(d.extendedKeyUsage));
    if (d.hasBasicConstraints) {
        QString constraints = d.isCa ? tr("Certificate authority") : tr("Not a certificate authority");
        if (d.isCa && d.pathLength >= 0)
            constraints = tr("Certificate authority, path length %1").arg(d.pathLength);
        addRow(tr("Basic constraints"), constraints);
    }
    if (!d.subjectKeyId.isEmpty())
        addRow(tr("Subject key ID"), d.subjectKeyId);
    if (!d.authorityKeyId.isEmpty())
        addRow(tr("Authority key ID"), d.authorityKeyId);
    if (!d.ocspUrls.isEmpty())
        addRow(tr("OCSP"), d.ocspUrls.join(QLatin1Char('\n')));
    if (!d.caIssuerUrls.isEmpty())
        addRow(tr("CA issuers"), d.caIssuerUrls.join(QLatin1Char('\n')));
    if (!d.crlUrls.isEmpty())
        addRow(tr("CRL"), d.crlUrls.join(QLatin1Char('\n')));
    if (d.selfSigned)
        addRow(tr("Self-signed"), tr("Yes"));
    addRow(tr("SHA-1"), d.sha1, tr("Copy SHA-1 fingerprint"));
    addRow(tr("SHA-256"), d.sha256, tr("Copy SHA-256 fingerprint"));
}

} // namespace ccm::ui
