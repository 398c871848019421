using TrailAlarm.Testing;


namespace TrailAlarm.Aws.Tests;

[Collection(MotoCollection.Name)]
public class MotoServerTests(MotoServer moto)
{
    [Fact]
    public async Task Moto_answers_on_a_loopback_port()
    {
        Assert.Equal("127.0.0.1", moto.Endpoint.Host);
        using var http = new HttpClient();
        using var response = await http.PostAsync(new Uri(moto.Endpoint, "/moto-api/reset"), null);
        Assert.True(response.IsSuccessStatusCode);
    }

    [Fact]
    public void Account_ids_are_fresh_and_twelve_digits()
    {
        var a = MotoServer.NewAccountId();
        var b = MotoServer.NewAccountId();
        Assert.NotEqual(a, b);
        Assert.Matches("^[0-9]{12}$", a);
    }
}
