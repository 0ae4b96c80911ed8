// The "Keepalived Lab" view: maps the plain tree model (src/lab/view/treeModel.ts) to TreeItems.
import * as vscode from 'vscode';
import { buildLabTree, TreeModelNode } from '../../lab/view/treeModel';
import { LabService } from './labService';
import { uiLang } from '../uiLang';

export class LabTreeProvider implements vscode.TreeDataProvider<TreeModelNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<TreeModelNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly sub: vscode.Disposable;

  constructor(private readonly lab: LabService) {
    this.sub = lab.onDidChange(() => this.emitter.fire(undefined));
  }

  getChildren(node?: TreeModelNode): TreeModelNode[] {
    if (node) return node.children;
    // No lab file: an empty root lets the view's welcome content (viewsWelcome) show.
    if (!this.lab.inventory) return [];
    return [buildLabTree(this.lab.inventory, this.lab.state, { reading: this.lab.reading, error: this.lab.lastError, lang: uiLang() })];
  }

  getTreeItem(node: TreeModelNode): vscode.TreeItem {
    const state = node.children.length === 0 ? vscode.TreeItemCollapsibleState.None
      : node.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label, state);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.contextValue = node.contextValue;
    if (node.icon) item.iconPath = new vscode.ThemeIcon(node.icon.id, node.icon.color ? new vscode.ThemeColor(node.icon.color) : undefined);
    return item;
  }

  dispose(): void {
    this.sub.dispose();
    this.emitter.dispose();
  }
}
