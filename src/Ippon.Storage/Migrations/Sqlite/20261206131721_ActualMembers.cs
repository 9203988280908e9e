using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ippon.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ActualMembers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_actuals",
                table: "actuals");

            migrationBuilder.AddColumn<string>(
                name: "Member",
                table: "actuals",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddPrimaryKey(
                name: "PK_actuals",
                table: "actuals",
                columns: new[] { "PlanId", "Period", "Metric", "Member" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_actuals",
                table: "actuals");

            migrationBuilder.DropColumn(
                name: "Member",
                table: "actuals");

            migrationBuilder.AddPrimaryKey(
                name: "PK_actuals",
                table: "actuals",
                columns: new[] { "PlanId", "Period", "Metric" });
        }
    }
}
