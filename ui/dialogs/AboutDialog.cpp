#include "AboutDialog.h"

#include "AppSettings.h"
#include "Palette.h"
#include "StandardButtons.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace hocbaso::ui {

AboutDialog::AboutDialog(const AppSettings& settings, QWidget* parent) : QDialog(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("AboutDialog"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    auto* header = new QHBoxLayout;
    header->setSpacing(14);
    auto* logo = new QLabel(this);
    logo->setObjectName(QStringLiteral("logoLabel"));
    logo->setPixmap(QIcon(QStringLiteral(":/icons/hocbaso.svg")).pixmap(QSize(64, 64)));
    logo->setAlignment(Qt::AlignTop);
    header->addWidget(logo);
    auto* texts = new QVBoxLayout;
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    m_titleLabel->setStyleSheet(
        QStringLiteral("font-size: 15pt; font-weight: 600; color: %1;").arg(Palette::heading().name()));
    m_versionLabel = new QLabel(this);
    m_versionLabel->setObjectName(QStringLiteral("versionLabel"));
    m_descriptionLabel = new QLabel(this);
    m_descriptionLabel->setObjectName(QStringLiteral("descriptionLabel"));
    m_descriptionLabel->setWordWrap(true);
    m_supportLabel = new QLabel(this);
    m_supportLabel->setObjectName(QStringLiteral("supportLabel"));
    m_supportLabel->setWordWrap(true);
    m_supportLabel->setTextFormat(Qt::RichText);
    m_supportLabel->setOpenExternalLinks(true);
    m_supportLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    for (QLabel* l : {m_titleLabel, m_versionLabel, m_descriptionLabel, m_supportLabel})
        texts->addWidget(l);
    header->addLayout(texts, 1);
    layout->addLayout(header);
    m_buttonBox = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttonBox->setObjectName(QStringLiteral("buttonBox"));
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttonBox);
    setMinimumWidth(460);
    retranslate();
}

void AboutDialog::setStoreDescription(const QString& description)
{
    m_store = description;
    retranslate();
}

QString AboutDialog::supportText() const
{
    return m_supportLabel->text();
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About Digital school records"));
    translateButtons(m_buttonBox);
    m_titleLabel->setText(tr("Digital school records"));
    QString version = tr("Version %1 (Qt %2)").arg(QStringLiteral(HOCBASO_VERSION), QString::fromLatin1(qVersion()));
    if (!m_store.isEmpty())
        version += QLatin1Char('\n') + tr("Store: %1").arg(m_store);
    m_versionLabel->setText(version);
    m_descriptionLabel->setText(tr("For officers of education offices: approve school certificates, set the "
                                   "receive and revoke locks, look up and count the digital school records of "
                                   "primary schools, and decide on revocation requests."));
    const QString hotline = m_settings.supportHotline().toHtmlEscaped();
    const QString email = m_settings.supportEmail().toHtmlEscaped();
    QString support = tr("<b>Support</b>");
    if (!hotline.isEmpty())
        support += QStringLiteral("<br>") + tr("Hotline: %1").arg(hotline);
    if (!email.isEmpty())
        support +=
            QStringLiteral("<br>") + tr("Email: %1").arg(QStringLiteral("<a href=\"mailto:%1\">%1</a>").arg(email));
    if (hotline.isEmpty() && email.isEmpty())
        support += QStringLiteral("<br>") +
                   tr("Your office has not set a support contact. An administrator can set it in Settings.");
    m_supportLabel->setText(support);
}

void AboutDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace hocbaso::ui
