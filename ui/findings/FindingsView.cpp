#include "FindingsView.h"
#include "ui_FindingsView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace ccm::ui {

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return FindingsView::tr("Error");
    case Severity::Warning:
        return FindingsView::tr("Warning");
    case Severity::Info:
        break;
    }
    return FindingsView::tr("Note");
}

FindingsView::FindingsView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FindingsView>())
{
    m_ui->setupUi(this);
    setFindings({});
}

FindingsView::~FindingsView() = default;

void FindingsView::clearRows()
{
    while (QLayoutItem* item = m_ui->rowsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void FindingsView::setFindings(const QList<Finding>& findings)
{
    clearRows();
    m_findings = findings;
    std::stable_sort(m_findings.begin(), m_findings.end(),
                     [](const Finding& a, const Finding& b) { return int(a.severity) > int(b.severity); });
    if (m_findings.isEmpty()) {
        auto* none = new QLabel(tr("Nothing to report."), m_ui->rowsWidget);
        none->setObjectName(QStringLiteral("noFindingsLabel"));
        m_ui->rowsLayout->addWidget(none);
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    for (const auto& f : std::as_const(m_findings)) {
        auto* row = new QWidget(m_ui->rowsWidget);
        row->setObjectName(QStringLiteral("findingRow"));
        row->setProperty("ccmSeverity", int(f.severity));
        row->setProperty("ccmCode", f.code);
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 2, 0, 2);
        QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
        if (f.severity == Severity::Error)
            pixmap = QStyle::SP_MessageBoxCritical;
        else if (f.severity == Severity::Warning)
            pixmap = QStyle::SP_MessageBoxWarning;
        auto* icon = new QLabel(row);
        icon->setObjectName(QStringLiteral("severityIcon"));
        icon->setPixmap(style()->standardIcon(pixmap).pixmap(iconSize, iconSize));
        icon->setToolTip(severityText(f.severity));
        icon->setAccessibleName(severityText(f.severity));
        layout->addWidget(icon, 0, Qt::AlignTop);

        auto* texts = new QVBoxLayout;
        texts->setSpacing(0);
        auto* message = new QLabel(row);
        message->setObjectName(QStringLiteral("messageLabel"));
        message->setTextFormat(Qt::PlainText);
        message->setText(f.message);
        message->setWordWrap(true);
        message->setTextInteractionFlags(Qt::TextSelectableByMouse);
        message->setAccessibleName(severityText(f.severity) + QStringLiteral(": ") + f.message);
        texts->addWidget(message);
        QStringList detail{f.code};
        if (!f.scmCode.isEmpty())
            detail.append(f.scmCode);
        if (!f.field.isEmpty())
            detail.append(tr("field: %1").arg(f.field));
        if (!f.source.isEmpty())
            detail.append(tr("source: %1").arg(f.source));
        auto* codes = new QLabel(detail.join(QStringLiteral(" · ")), row);
        codes->setObjectName(QStringLiteral("codeLabel"));
        codes->setTextFormat(Qt::PlainText);
        codes->setWordWrap(true);
        codes->setTextInteractionFlags(Qt::TextSelectableByMouse);
        codes->setForegroundRole(QPalette::PlaceholderText);
        QFont small = codes->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        codes->setFont(small);
        texts->addWidget(codes);
        layout->addLayout(texts, 1);
        m_ui->rowsLayout->addWidget(row);
    }
    m_ui->rowsLayout->addStretch(1);
}

} // namespace ccm::ui
