#pragma once

#include "Session.h"
#include "models/OrganisationModel.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace hocbaso::ui {

class Prompter;
class SchoolImportDialog;

// "Units and schools" (System menu, administrators): the tree of the units the administrator
// works on and their schools, where units and schools are added, renamed or edited, moved and
// closed, the accounts of a unit's or a school's users are made, and school lists are imported.
// Every change goes through services::UnitAdmin (or UserAdmin, SchoolImport), which checks the
// permission and the rules again and audits it.
class OrganisationDialog : public QDialog
{
    Q_OBJECT
public:
    OrganisationDialog(Session& session, Prompter& prompter, QWidget* parent = nullptr);
    ~OrganisationDialog() override;

    OrganisationModel* model() const { return m_model; }
    QTreeView* treeView() const { return m_treeView; }
    std::optional<OrganisationModel::Node> currentNode() const;
    bool selectUnit(const QString& code);
    bool selectSchool(const QString& code);
    // The hint shown while the store has no school (a new store).
    QString emptyHint() const;
    SchoolImportDialog* importDialog() const;

public Q_SLOTS:
    void refresh();
    void addUnit();
    void addSchool();
    void editSelected();
    void moveSelected();
    void closeSelected();
    void addAccount();
    void importSchools();

protected:
    void changeEvent(QEvent* event) override;

private:
    void select(const QModelIndex& sourceIndex);
    void updateButtons();
    void retranslate();
    // Opens a form and selects what it wrote once it is accepted.
    void openForm(class OrganisationForm* form, OrganisationModel::NodeKind kind);
    QString unitCodeForNew() const;

    Session& m_session;
    Prompter& m_prompter;
    OrganisationModel* m_model = nullptr;
    OrganisationFilter* m_filter = nullptr;
    QHash<QString, Unit> m_units;
    QHash<qint64, QString> m_unitCodes;
    QHash<QString, School> m_schools;
    QLabel* m_hintLabel = nullptr;
    QLineEdit* m_filterLineEdit = nullptr;
    QTreeView* m_treeView = nullptr;
    QLabel* m_countLabel = nullptr;
    QPushButton* m_addUnitButton = nullptr;
    QPushButton* m_addSchoolButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_moveButton = nullptr;
    QPushButton* m_closeButton = nullptr;
    QPushButton* m_accountButton = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_doneButton = nullptr;
    QPointer<SchoolImportDialog> m_importDialog;
};

} // namespace hocbaso::ui
