import { Migration } from '@mikro-orm/migrations';

/**
 * Dashboard sign-in: member passwords, status and host links (staff scope), sessions stored
 * by token hash, single-use tokens for invitations and password resets, failed sign-ins for
 * throttling, and emails to members in the outbox.
 */
export class Migration20261121300000Auth extends Migration {
  override up(): void {
    this.addSql(`create table "login_attempt" ("id" bigserial primary key, "scope" varchar(255) not null, "at" timestamptz not null);`);
    this.addSql(`create index "login_attempt_scope_at_index" on "login_attempt" ("scope", "at");`);
    this.addSql(`create table "member_token" ("id" uuid not null, "workspace_id" uuid not null, "member_id" uuid not null, "purpose" text not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "member_token_member_id_index" on "member_token" ("member_id");`);
    this.addSql(`alter table "member_token" add constraint "member_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create table "member_session" ("id" uuid not null, "workspace_id" uuid not null, "member_id" uuid not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "last_seen_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "member_session_member_id_index" on "member_session" ("member_id");`);
    this.addSql(`alter table "member_session" add constraint "member_session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create table "member_host" ("member_id" uuid not null, "host_id" uuid not null, primary key ("member_id", "host_id"));`);
    this.addSql(`alter table "member" add "password_hash" varchar(255) null, add "status" text not null default 'active', add "last_sign_in_at" timestamptz null;`);
    this.addSql(`alter table "member" add constraint "member_status_check" check ("status" in ('active', 'invited'));`);
    this.addSql(`alter table "outbox_message" drop constraint "outbox_message_recipient_role_check";`);
    this.addSql(`alter table "outbox_message" add constraint "outbox_message_recipient_role_check" check ("recipient_role" in ('customer', 'host', 'member'));`);
    this.addSql(`alter table "member_token" add constraint "member_token_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on delete cascade;`);
    this.addSql(`alter table "member_token" add constraint "member_token_member_id_foreign" foreign key ("member_id") references "member" ("id") on delete cascade;`);
    this.addSql(`alter table "member_token" add constraint "member_token_purpose_check" check ("purpose" in ('invite', 'password_reset'));`);
    this.addSql(`alter table "member_session" add constraint "member_session_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on delete cascade;`);
    this.addSql(`alter table "member_session" add constraint "member_session_member_id_foreign" foreign key ("member_id") references "member" ("id") on delete cascade;`);
    this.addSql(`alter table "member_host" add constraint "member_host_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "member_host" add constraint "member_host_host_id_foreign" foreign key ("host_id") references "host" ("id") on update cascade on delete cascade;`);
  }
}
