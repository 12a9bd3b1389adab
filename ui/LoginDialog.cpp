#include "LoginDialog.h"

#include "CapsLockWatcher.h"
#include "Palette.h"
#include "SignInHelp.h"
#include "StandardButtons.h"
#include "ui_LoginDialog.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QIcon>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSpinBox>

#include <algorithm>

namespace hocbaso::ui {
namespace {

// Wide enough for the server's fields in Vietnamese, narrow enough for a 1024-pixel screen; the
// refusal and its hints wrap within it.
constexpr int kBodyWidth = 580;
// The smallest screen the program supports (1024x600 logical pixels, a netbook or a 1366x768
// laptop at 125%): the window never grows taller, so that it looks the same everywhere and needs
// no second layout for small screens.
constexpr int kSmallestScreenHeight = 600;
// A title bar and frame, which the screen's available geometry does not count.
constexpr int kFrameAllowance = 40;
// The least of the body a scrolled window still shows.
constexpr int kLeastBodyHeight = 160;

} // namespace

LoginDialog::LoginDialog(QWidget* parent) : QDialog(parent), m_ui(std::make_unique<Ui::LoginDialog>())
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/hocbaso.svg")));
    m_ui->logoLabel->setPixmap(QIcon(QStringLiteral(":/icons/hocbaso.svg")).pixmap(QSize(56, 56)));
    m_ui->passwordLineEdit->setEchoMode(QLineEdit::Password);
    m_ui->messageLabel->hide();
    m_ui->rememberPasswordCheckBox->hide(); // until a keychain service is known to answer
    m_ui->connectionGroupBox->hide();
    m_ui->capsLockLabel->hide();
    m_ui->capsLockLabel->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Palette::attention().name()));
    m_ui->connectionSummaryLabel->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(Palette::secondary().name()));
    // The dialog follows its contents when the settings, the server fields or a message appear or go;
    // fitToScreen() keeps the body within the screen, scrolling what does not fit (1024x600 laptops
    // with the server settings open and a refusal with its hints).
    layout()->setSizeConstraint(QLayout::SetFixedSize);
    m_ui->bodyWidget->installEventFilter(this);

    for (const QString& mode : ConnectionProfile::sslModes())
        m_ui->sslModeComboBox->addItem(QString(), mode);

    QPushButton* signIn = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    signIn->setObjectName(QStringLiteral("signInPushButton"));
    signIn->setDefault(true);
    signIn->setIcon(QIcon(QStringLiteral(":/icons/sign-in.svg")));

    // Accepting only asks; the dialog stays open until the sign-in succeeds.
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::signInRequested);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->localRadioButton, &QRadioButton::toggled, this, &LoginDialog::updateConnectionKind);
    connect(m_ui->browseDatabasePushButton, &QPushButton::clicked, this, &LoginDialog::browseDatabase);
    connect(m_ui->browseCaPushButton, &QPushButton::clicked, this, &LoginDialog::browseCaFile);
    for (QLineEdit* edit : {m_ui->usernameLineEdit, m_ui->passwordLineEdit, m_ui->databaseFileLineEdit,
                            m_ui->hostLineEdit, m_ui->databaseNameLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &LoginDialog::updateSignInEnabled);
    for (QLineEdit* edit : {m_ui->databaseFileLineEdit, m_ui->hostLineEdit, m_ui->databaseNameLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &LoginDialog::updateConnectionSummary);
    connect(m_ui->portSpinBox, &QSpinBox::valueChanged, this, &LoginDialog::updateConnectionSummary);
    connect(m_ui->connectionSettingsPushButton, &QPushButton::toggled, this, &LoginDialog::showConnectionSettings);
    auto* capsLock = new CapsLockWatcher(m_ui->passwordLineEdit);
    connect(capsLock, &CapsLockWatcher::changed, m_ui->capsLockLabel, &QWidget::setVisible);

    setSupportContact(AppSettings::defaultHotline(), AppSettings::defaultEmail());
    retranslate();
    updateConnectionKind();
    fitToScreen();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::retranslate()
{
    m_ui->retranslateUi(this);
    setWindowTitle(tr("Sign in") + QStringLiteral(" - ") + tr("Digital school records"));
    translateButtons(m_ui->buttonBox);
    if (QPushButton* b = findChild<QPushButton*>(QStringLiteral("signInPushButton")))
        b->setText(tr("Sign in"));
    const int edition = m_ui->editionComboBox->currentIndex();
    m_ui->editionComboBox->clear();
    m_ui->editionComboBox->addItem(tr("Managing unit edition (Education Office)"),
                                   int(services::Edition::ManagingUnit));
    m_ui->editionComboBox->addItem(tr("School edition"), int(services::Edition::School));
    m_ui->editionComboBox->setCurrentIndex(qMax(0, edition));
    const QStringList sslLabels{tr("Verify the certificate and the server name (verify-full)"),
                                tr("Verify the certificate only (verify-ca)"), tr("Encrypt, do not verify (require)"),
                                tr("Encrypt when the server can (prefer)"), tr("Do not encrypt (disable)")};
    for (int i = 0; i < m_ui->sslModeComboBox->count() && i < sslLabels.size(); ++i)
        m_ui->sslModeComboBox->setItemText(i, sslLabels.at(i));
    setSupportContact(m_hotline, m_email);
    updateConnectionSummary();
}

void LoginDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LoginDialog::showEvent(QShowEvent* event)
{
    fitToScreen(); // the screen may be another than at the last showing
    QDialog::showEvent(event);
}

bool LoginDialog::eventFilter(QObject* watched, QEvent* event)
{
    // The body's layout asks again whenever something in it appears, goes or changes its text.
    if (watched == m_ui->bodyWidget && event->type() == QEvent::LayoutRequest)
        fitToScreen();
    return QDialog::eventFilter(watched, event);
}

void LoginDialog::fitToScreen()
{
    // The body (edition, account, connection) scrolls; the header, the message and the buttons stay
    // in sight, so that a refusal is never scrolled away.
    QLayout* body = m_ui->bodyWidget->layout();
    // As wide as the footer too (a long support contact), so that the body does not stop short of it.
    const int width =
        std::max({kBodyWidth, body->totalMinimumSize().width(), m_ui->footerHBoxLayout->sizeHint().width()});
    const int wanted = body->hasHeightForWidth() ? body->totalHeightForWidth(width) : body->totalSizeHint().height();
    const int screenHeight = qMin(kSmallestScreenHeight, screen()->availableGeometry().height());
    const QMargins margins = layout()->contentsMargins();
    int others = m_ui->headerFrame->sizeHint().height() + m_ui->footerHBoxLayout->sizeHint().height() +
                 2 * layout()->spacing() + margins.top() + margins.bottom();
    // The message wraps within the body's width, whatever its own size hint would like.
    const QMargins around = m_ui->messageVBoxLayout->contentsMargins();
    const int messageWidth = width - around.left() - around.right();
    m_ui->messageLabel->setFixedWidth(messageWidth);
    if (!m_ui->messageLabel->isHidden())
        others += m_ui->messageLabel->heightForWidth(messageWidth) + layout()->spacing();
    const int room = qMax(kLeastBodyHeight, screenHeight - kFrameAllowance - others);
    const bool scroll = wanted > room;
    const int scrollBar = scroll ? m_ui->bodyScrollArea->verticalScrollBar()->sizeHint().width() : 0;
    m_ui->bodyScrollArea->setFixedSize(width + scrollBar, scroll ? room : wanted);
}

void LoginDialog::setSupportContact(const QString& hotline, const QString& email)
{
    m_hotline = hotline;
    m_email = email;
    // Shown only when the office has set a contact (Settings).
    const QString contact = supportContact();
    m_ui->supportLabel->setText(contact.isEmpty() ? QString() : tr("Support: %1").arg(contact));
    m_ui->supportLabel->setVisible(!contact.isEmpty());
}

QString LoginDialog::supportContact() const
{
    QStringList parts;
    if (!m_hotline.isEmpty())
        parts.append(tr("hotline %1").arg(m_hotline));
    if (!m_email.isEmpty())
        parts.append(tr("email %1").arg(m_email));
    return parts.join(QStringLiteral(", "));
}

void LoginDialog::setProfile(const ConnectionProfile& p)
{
    const bool server = p.kind == ConnectionProfile::Kind::Server;
    m_ui->localRadioButton->setChecked(!server);
    m_ui->serverRadioButton->setChecked(server);
    m_ui->databaseFileLineEdit->setText(QDir::toNativeSeparators(p.filePath));
    m_ui->hostLineEdit->setText(p.host);
    m_ui->portSpinBox->setValue(p.port);
    m_ui->databaseNameLineEdit->setText(p.database);
    const int mode = m_ui->sslModeComboBox->findData(p.sslMode);
    m_ui->sslModeComboBox->setCurrentIndex(mode >= 0 ? mode : 0);
    m_ui->caFileLineEdit->setText(QDir::toNativeSeparators(p.caFile));
    m_ui->readHostLineEdit->setText(p.readHost);
    m_ui->readPortSpinBox->setValue(p.readPort);
    updateConnectionKind();
    // Nobody can sign in before saying where: the settings open by themselves.
    if (!isConnectionComplete())
        setConnectionSettingsShown(true);
}

bool LoginDialog::isConnectionComplete() const
{
    if (m_ui->serverRadioButton->isChecked())
        return !m_ui->hostLineEdit->text().trimmed().isEmpty() &&
               !m_ui->databaseNameLineEdit->text().trimmed().isEmpty();
    return !m_ui->databaseFileLineEdit->text().trimmed().isEmpty();
}

void LoginDialog::setConnectionSettingsShown(bool shown)
{
    // The button is the one switch: its toggled() shows or hides the group.
    m_ui->connectionSettingsPushButton->setChecked(shown);
}

void LoginDialog::showConnectionSettings(bool shown)
{
    m_ui->connectionGroupBox->setVisible(shown);
    if (!shown)
        return;
    // On a small screen the body scrolls: bring the settings into view once the layout has placed
    // them (the layout request is already queued, so this runs after it).
    QMetaObject::invokeMethod(
        this, [this] { m_ui->bodyScrollArea->ensureWidgetVisible(m_ui->connectionGroupBox, 0, 0); },
        Qt::QueuedConnection);
}

bool LoginDialog::connectionSettingsShown() const
{
    return m_ui->connectionSettingsPushButton->isChecked();
}

bool LoginDialog::isCapsLockWarningShown() const
{
    return !m_ui->capsLockLabel->isHidden();
}

ConnectionProfile LoginDialog::profile() const
{
    ConnectionProfile p;
    p.kind = m_ui->serverRadioButton->isChecked() ? ConnectionProfile::Kind::Server : ConnectionProfile::Kind::Local;
    p.filePath = QDir::fromNativeSeparators(m_ui->databaseFileLineEdit->text().trimmed());
    p.host = m_ui->hostLineEdit->text().trimmed();
    p.port = m_ui->portSpinBox->value();
    p.database = m_ui->databaseNameLineEdit->text().trimmed();
    p.sslMode = m_ui->sslModeComboBox->currentData().toString();
    p.caFile = QDir::fromNativeSeparators(m_ui->caFileLineEdit->text().trimmed());
    p.readHost = m_ui->readHostLineEdit->text().trimmed();
    p.readPort = m_ui->readPortSpinBox->value();
    return p;
}

void LoginDialog::setEdition(services::Edition edition)
{
    const int i = m_ui->editionComboBox->findData(int(edition));
    m_ui->editionComboBox->setCurrentIndex(i >= 0 ? i : 0);
}

services::Edition LoginDialog::edition() const
{
    return services::Edition(m_ui->editionComboBox->currentData().toInt());
}

void LoginDialog::setUsername(const QString& username)
{
    m_ui->usernameLineEdit->setText(username);
}

QString LoginDialog::username() const
{
    return m_ui->usernameLineEdit->text().trimmed();
}

void LoginDialog::setRememberPasswordAvailable(bool available)
{
    m_ui->rememberPasswordCheckBox->setVisible(available);
    if (!available)
        m_ui->rememberPasswordCheckBox->setChecked(false);
}

bool LoginDialog::isRememberPasswordAvailable() const
{
    return !m_ui->rememberPasswordCheckBox->isHidden();
}

void LoginDialog::setRememberPassword(bool remember)
{
    m_ui->rememberPasswordCheckBox->setChecked(remember && isRememberPasswordAvailable());
}

bool LoginDialog::rememberPassword() const
{
    return isRememberPasswordAvailable() && m_ui->rememberPasswordCheckBox->isChecked();
}

void LoginDialog::setSavedPassword(const QString& password)
{
    m_savedPassword = password;
    m_ui->passwordLineEdit->setText(password);
    setRememberPassword(!password.isEmpty());
}

bool LoginDialog::passwordIsSaved() const
{
    return !m_savedPassword.isEmpty() && m_ui->passwordLineEdit->text() == m_savedPassword;
}

QString LoginDialog::password() const
{
    return m_ui->passwordLineEdit->text();
}

void LoginDialog::clearPassword()
{
    m_ui->passwordLineEdit->clear();
    m_savedPassword.clear();
}

void LoginDialog::focusFirstEmptyField()
{
    if (!isConnectionComplete())
        setConnectionSettingsShown(true);
    const bool server = m_ui->serverRadioButton->isChecked();
    QWidget* field = m_ui->passwordLineEdit;
    if (server && m_ui->hostLineEdit->text().trimmed().isEmpty())
        field = m_ui->hostLineEdit;
    else if (server && m_ui->databaseNameLineEdit->text().trimmed().isEmpty())
        field = m_ui->databaseNameLineEdit;
    else if (!server && m_ui->databaseFileLineEdit->text().trimmed().isEmpty())
        field = m_ui->databaseFileLineEdit;
    else if (m_ui->usernameLineEdit->text().trimmed().isEmpty())
        field = m_ui->usernameLineEdit;
    field->setFocus();
    m_ui->bodyScrollArea->ensureWidgetVisible(field);
}

void LoginDialog::showMessage(const QString& message, bool error)
{
    m_messageIsError = error;
    m_ui->messageLabel->setProperty("error", error);
    m_ui->messageLabel->setStyleSheet(
        QStringLiteral(
            "QLabel { background: %1; color: %2; border: 1px solid %3; border-radius: 4px; padding: 6px 8px; }")
            .arg((error ? Palette::invalidBackground() : Palette::infoBannerBackground()).name(),
                 (error ? Palette::errorBannerText() : Palette::heading()).name(),
                 (error ? Palette::errorBannerBorder() : Palette::infoBannerBorder()).name()));
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
    fitToScreen();
}

void LoginDialog::showError(const QString& message)
{
    showMessage(message, true);
}

void LoginDialog::showWrongCredentials(const QString& refusal, bool typedDiacritics)
{
    showMessage(SignInHelp::forWrongCredentials(refusal, typedDiacritics, supportContact()), true);
}

void LoginDialog::showNotice(const QString& message)
{
    showMessage(message, false);
}

void LoginDialog::clearMessage()
{
    showMessage(QString(), false);
}

QString LoginDialog::message() const
{
    return m_ui->messageLabel->isVisible() ? m_ui->messageLabel->text() : QString();
}

void LoginDialog::updateConnectionKind()
{
    const bool server = m_ui->serverRadioButton->isChecked();
    m_ui->localWidget->setVisible(!server);
    m_ui->serverWidget->setVisible(server);
    updateSignInEnabled();
    updateConnectionSummary();
}

void LoginDialog::updateConnectionSummary()
{
    // One line on the main face, beside the button, in the dialog's narrowest width; the full place
    // is in the tooltip. Long paths lose their middle, where the folders nobody reads are.
    const QFontMetrics metrics = m_ui->connectionSummaryLabel->fontMetrics();
    const QMargins margins = m_ui->bodyVBoxLayout->contentsMargins();
    const int line = kBodyWidth - margins.left() - margins.right() -
                     m_ui->connectionSettingsPushButton->sizeHint().width() -
                     m_ui->connectionSummaryHBoxLayout->spacing() - metrics.averageCharWidth();
    auto summary = [&](const QString& sentence, const QString& where) {
        const int room =
            qMax(line - metrics.horizontalAdvance(sentence.arg(QString())), 8 * metrics.averageCharWidth());
        m_ui->connectionSummaryLabel->setText(sentence.arg(metrics.elidedText(where, Qt::ElideMiddle, room)));
        m_ui->connectionSummaryLabel->setToolTip(sentence.arg(where));
    };
    if (!isConnectionComplete()) {
        m_ui->connectionSummaryLabel->setText(tr("Not set up yet: choose a database file or a server."));
        m_ui->connectionSummaryLabel->setToolTip(QString());
    } else if (m_ui->serverRadioButton->isChecked()) {
        summary(tr("Server: %1"), QStringLiteral("%1:%2/%3")
                                      .arg(m_ui->hostLineEdit->text().trimmed())
                                      .arg(m_ui->portSpinBox->value())
                                      .arg(m_ui->databaseNameLineEdit->text().trimmed()));
    } else {
        summary(tr("Data file: %1"), m_ui->databaseFileLineEdit->text().trimmed());
    }
}

void LoginDialog::updateSignInEnabled()
{
    const bool ready = isConnectionComplete() && !m_ui->usernameLineEdit->text().trimmed().isEmpty() &&
                       !m_ui->passwordLineEdit->text().isEmpty();
    if (QPushButton* b = findChild<QPushButton*>(QStringLiteral("signInPushButton")))
        b->setEnabled(ready);
}

void LoginDialog::browseDatabase()
{
    const QString start = m_ui->databaseFileLineEdit->text().trimmed();
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Choose the database file"), start.isEmpty() ? QDir::homePath() : QFileInfo(start).absolutePath(),
        tr("Databases (*.sqlite *.db);;All files (*)"));
    if (!file.isEmpty())
        m_ui->databaseFileLineEdit->setText(QDir::toNativeSeparators(file));
}

void LoginDialog::browseCaFile()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Choose the certificate of the server's authority"), QDir::homePath(),
                                     tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_ui->caFileLineEdit->setText(QDir::toNativeSeparators(file));
}

} // namespace hocbaso::ui
