import { Migration } from '@mikro-orm/migrations';

/**
 * Members' emails are unique per workspace regardless of case (sign-in and invitations match
 * them case-insensitively), enforced by the database so two invitations racing cannot both
 * create a member.
 */
export class Migration20261121400000MemberEmailUnique extends Migration {
  override up(): void {
    this.addSql(`create unique index "member_workspace_id_lower_email_unique" on "member" ("workspace_id", lower("email"));`);
  }
}
