#include "LoginDialog.h"

#include "Palette.h"
#include "StandardButtons.h"
#include "ui_LoginDialog.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QPushButton>

namespace hocbaso::ui {

LoginDialog::LoginDialog(QWidget* parent) : QDialog(parent), m_ui(std::make_unique<Ui::LoginDialog>())
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/hocbaso.svg")));
    m_ui->logoLabel->setPixmap(QIcon(QStringLiteral(":/icons/hocbaso.svg")).pixmap(QSize(56, 56)));
    m_ui->passwordLineEdit->setEchoMode(QLineEdit::Password);
    m_ui->messageLabel->hide();
    m_ui->rememberPasswordCheckBox->hide(); // until a keychain service is known to answer
    // The dialog follows its contents when the server fields appear or go.
    layout()->setSizeConstraint(QLayout::SetFixedSize);

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

    setSupportContact(AppSettings::defaultHotline(), AppSettings::defaultEmail());
    retranslate();
    updateConnectionKind();
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
}

void LoginDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LoginDialog::setSupportContact(const QString& hotline, const QString& email)
{
    m_hotline = hotline;
    m_email = email;
    // Shown only when the office has set a contact (Settings).
    QStringList parts;
    if (!hotline.isEmpty())
        parts.append(tr("hotline %1").arg(hotline));
    if (!email.isEmpty())
        parts.append(tr("email %1").arg(email));
    m_ui->supportLabel->setText(parts.isEmpty() ? QString() : tr("Support: %1").arg(parts.join(QStringLiteral(", "))));
    m_ui->supportLabel->setVisible(!parts.isEmpty());
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
    if (m_ui->serverRadioButton->isChecked() && m_ui->hostLineEdit->text().trimmed().isEmpty())
        m_ui->hostLineEdit->setFocus();
    else if (m_ui->usernameLineEdit->text().trimmed().isEmpty())
        m_ui->usernameLineEdit->setFocus();
    else
        m_ui->passwordLineEdit->setFocus();
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
}

void LoginDialog::showError(const QString& message)
{
    showMessage(message, true);
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
}

void LoginDialog::updateSignInEnabled()
{
    const bool server = m_ui->serverRadioButton->isChecked();
    const bool where = server ? !m_ui->hostLineEdit->text().trimmed().isEmpty() &&
                                    !m_ui->databaseNameLineEdit->text().trimmed().isEmpty()
                              : !m_ui->databaseFileLineEdit->text().trimmed().isEmpty();
    const bool ready =
        where && !m_ui->usernameLineEdit->text().trimmed().isEmpty() && !m_ui->passwordLineEdit->text().isEmpty();
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
