import { Migration } from '@mikro-orm/migrations';

/**
 * External busy calendars (ICS feeds) with their busy intervals, and the version counter
 * from which each host's calendar feed URL is derived (raising it rotates the URL).
 */
export class Migration20261121200000ExternalCalendars extends Migration {
  override up(): void {
    this.addSql(`create table "external_calendar" ("id" uuid not null, "workspace_id" uuid not null, "host_id" uuid not null, "name" varchar(255) not null, "url_sealed" text not null, "url_masked" varchar(255) not null, "status" text not null, "last_synced_at" timestamptz null, "last_error" text null, "failures" int not null, "next_refresh_at" timestamptz not null, "busy_count" int not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "external_calendar_workspace_id_created_at_index" on "external_calendar" ("workspace_id", "created_at");`);
    this.addSql(`create index "external_calendar_next_refresh_at_index" on "external_calendar" ("next_refresh_at");`);
    this.addSql(`create table "external_busy" ("id" bigserial primary key, "calendar_id" uuid not null, "host_id" uuid not null, "start_at" timestamptz not null, "end_at" timestamptz not null);`);
    this.addSql(`create index "external_busy_host_id_start_at_index" on "external_busy" ("host_id", "start_at");`);
    this.addSql(`create index "external_busy_calendar_id_index" on "external_busy" ("calendar_id");`);
    this.addSql(`alter table "host" add "calendar_feed_version" int not null default 0;`);
    this.addSql(`alter table "external_calendar" add constraint "external_calendar_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on delete cascade;`);
    this.addSql(`alter table "external_calendar" add constraint "external_calendar_host_id_foreign" foreign key ("host_id") references "host" ("id") on delete cascade;`);
    this.addSql(`alter table "external_calendar" add constraint "external_calendar_status_check" check ("status" in ('pending', 'ok', 'error'));`);
    this.addSql(`alter table "external_busy" add constraint "external_busy_calendar_id_foreign" foreign key ("calendar_id") references "external_calendar" ("id") on delete cascade;`);
    this.addSql(`alter table "external_busy" add constraint "external_busy_host_id_foreign" foreign key ("host_id") references "host" ("id") on delete cascade;`);
    this.addSql(`alter table "external_busy" add constraint "external_busy_not_empty" check (start_at < end_at);`);
  }
}
