#pragma once

#include "services/ServiceContext.h"

#include <QDialog>

#include <memory>

namespace hocbaso::ui {

class Prompter;
class UserTableModel;

namespace Ui {
class UserAdminDialog;
}

// The administrator's list of users: add, disable or enable, and unlock after a lock-out. Every
// change goes through services::UserAdmin, which checks the permission again and audits it.
class UserAdminDialog : public QDialog
{
    Q_OBJECT
public:
    UserAdminDialog(services::ServiceContext& context, Prompter& prompter, QWidget* parent = nullptr);
    ~UserAdminDialog() override;

    UserTableModel* model() const { return m_model; }
    bool selectUser(const QString& username);
    QString selectedUsername() const;

public Q_SLOTS:
    void refresh();
    void addUser();
    void toggleDisabled();
    void unlockUser();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateButtons();
    void retranslate();

    services::ServiceContext& m_context;
    Prompter& m_prompter;
    std::unique_ptr<Ui::UserAdminDialog> m_ui;
    UserTableModel* m_model = nullptr;
};

} // namespace hocbaso::ui
