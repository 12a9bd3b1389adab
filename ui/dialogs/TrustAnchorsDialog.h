#pragma once

#include "services/ServiceContext.h"
#include "services/TrustStoreService.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace hocbaso::ui {

class Prompter;

namespace Ui {
class TrustAnchorsDialog;
}

// 6.1's trust store: the root and intermediate CA certificates that school certificates must chain
// to, each with its family (vgca, public, test), name, validity and SHA-256 fingerprint. Anyone who
// reviews certificates may read it; only administrators add to it (from a PEM, DER, .cer or .p7b
// file, through services::TrustStoreService, which checks the permission again and audits it).
class TrustAnchorsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        FamilyColumn,
        TypeColumn,
        NameColumn,
        ValidFromColumn,
        ValidToColumn,
        FingerprintColumn,
        AddedColumn,
        ColumnCount
    };
    // Asks for the file to add (a QFileDialog by default); an empty answer cancels. Tests set their own.
    using FileChooser = std::function<QString(const QString& caption, const QString& filter)>;

    TrustAnchorsDialog(services::ServiceContext& context, Prompter& prompter, QWidget* parent = nullptr);
    ~TrustAnchorsDialog() override;

    void setFileChooser(FileChooser chooser) { m_fileChooser = std::move(chooser); }
    int rowCount() const;
    // The row of the certificate with this SHA-256 (lower-case hex), -1 when not listed.
    int rowOf(const QString& sha256) const;
    // The family chosen for the next addition; empty = automatic.
    QString chosenFamily() const;
    bool chooseFamily(const QString& family);

public Q_SLOTS:
    void refresh();
    // Asks for a file, then adds it.
    void addFromFile();
    // Adds the CA certificates of `path` with the chosen family; says what happened.
    bool addFile(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillTable();
    void showDetail();
    void fillFamilies();
    void retranslate();

    services::ServiceContext& m_context;
    Prompter& m_prompter;
    std::unique_ptr<Ui::TrustAnchorsDialog> m_ui;
    FileChooser m_fileChooser;
    struct Row
    {
        TrustAnchorRow anchor;
        crypto::Certificate certificate; // null when the stored DER does not parse
    };
    QList<Row> m_rows;
    bool m_admin = false;
};

} // namespace hocbaso::ui
