#include "UserAdminDialog.h"

#include "AddUserDialog.h"
#include "Prompter.h"
#include "ScreenFit.h"
#include "StandardButtons.h"
#include "models/UserTableModel.h"
#include "services/UserAdmin.h"
#include "ui_UserAdminDialog.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>

namespace hocbaso::ui {

UserAdminDialog::UserAdminDialog(services::ServiceContext& context, Prompter& prompter, QWidget* parent)
    : QDialog(parent), m_context(context), m_prompter(prompter), m_ui(std::make_unique<Ui::UserAdminDialog>())
{
    m_ui->setupUi(this);
    m_model = new UserTableModel(this);
    m_ui->usersTableView->setModel(m_model);
    m_ui->usersTableView->horizontalHeader()->setStretchLastSection(false);
    m_ui->usersTableView->verticalHeader()->hide();
    connect(m_ui->usersTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UserAdminDialog::updateButtons);
    connect(m_ui->usersTableView, &QAbstractItemView::doubleClicked, this, &UserAdminDialog::toggleDisabled);
    connect(m_ui->addUserPushButton, &QPushButton::clicked, this, &UserAdminDialog::addUser);
    connect(m_ui->toggleDisabledPushButton, &QPushButton::clicked, this, &UserAdminDialog::toggleDisabled);
    connect(m_ui->unlockPushButton, &QPushButton::clicked, this, &UserAdminDialog::unlockUser);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resizeWithinScreen(this, QSize(860, 480));
    refresh();
    retranslate();
}

UserAdminDialog::~UserAdminDialog() = default;

void UserAdminDialog::refresh()
{
    const QString keep = selectedUsername();
    services::UserAdmin admin(m_context);
    auto users = admin.list();
    if (!users) {
        m_model->clear();
        m_prompter.refuse(this, tr("Users"), users.errorString());
        updateButtons();
        return;
    }
    m_model->setUsers(*users, m_context.clock.now());
    m_ui->usersTableView->resizeColumnsToContents();
    m_ui->usersTableView->horizontalHeader()->setSectionResizeMode(UserTableModel::DisplayNameColumn,
                                                                   QHeaderView::Stretch);
    if (!keep.isEmpty())
        selectUser(keep);
    updateButtons();
}

bool UserAdminDialog::selectUser(const QString& username)
{
    const int row = m_model->rowOf(username);
    if (row < 0)
        return false;
    m_ui->usersTableView->selectRow(row);
    return true;
}

QString UserAdminDialog::selectedUsername() const
{
    const QModelIndexList rows = m_ui->usersTableView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const User* u = m_model->userAt(rows.first().row());
    return u ? u->username : QString();
}

void UserAdminDialog::updateButtons()
{
    const User* u = m_model->userAt(m_model->rowOf(selectedUsername()));
    m_ui->toggleDisabledPushButton->setEnabled(u != nullptr);
    m_ui->unlockPushButton->setEnabled(u != nullptr && (u->failedAttempts > 0 || u->lockedUntil.isValid()));
    m_ui->toggleDisabledPushButton->setText(u && u->disabled ? tr("&Enable") : tr("&Disable"));
}

void UserAdminDialog::addUser()
{
    auto* dialog = new AddUserDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddUserDialog::userAdded, this, [this](const QString& username) {
        refresh();
        selectUser(username);
    });
    dialog->open();
}

void UserAdminDialog::toggleDisabled()
{
    const QString username = selectedUsername();
    const User* u = m_model->userAt(m_model->rowOf(username));
    if (!u)
        return;
    const bool disable = !u->disabled;
    if (disable && !m_prompter.confirm(this, tr("Disable user"),
                                       tr("Disable the user %1? They will no longer be able to sign in until an "
                                          "administrator enables them again.")
                                           .arg(username),
                                       tr("Disable")))
        return;
    services::UserAdmin admin(m_context);
    if (auto s = admin.setDisabled(username, disable); !s)
        m_prompter.refuse(this, disable ? tr("Disable user") : tr("Enable user"), s.errorString());
    refresh();
}

void UserAdminDialog::unlockUser()
{
    const QString username = selectedUsername();
    if (username.isEmpty())
        return;
    services::UserAdmin admin(m_context);
    if (auto s = admin.unlock(username); !s)
        m_prompter.refuse(this, tr("Unlock user"), s.errorString());
    refresh();
}

void UserAdminDialog::retranslate()
{
    m_ui->retranslateUi(this);
    translateButtons(m_ui->buttonBox);
    updateButtons();
}

void UserAdminDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace hocbaso::ui
